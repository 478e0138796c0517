"""What the API shows of a message besides its fields, made from the message: its source (.eml), its
delivery trace, its detections and a screenshot of its body. The shapes are the spec's (`_fill.Filler`
fills what these leave out); the content is the message's own, so the source of a message names its
sender, recipients, subject and Message-ID, and a moved message's trace shows the move.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from typing import Any, cast

from ._mail_seed import MAIL, timestamp

Entry = dict[str, Any]


def hidden(message: Mapping[str, Any]) -> dict[str, Any]:
    """A message's hidden part (body, links, attachments, sending host, folder); empty for a message
    a seed brought, which has none."""
    return cast("dict[str, Any]", message.get(MAIL) or {})


def folder(message: Mapping[str, Any]) -> str | None:
    """The mailbox folder a message is in, None where it is in no mailbox (quarantined, rejected,
    bounced...). A message a seed brought is in the inbox if its delivery status says it arrived."""
    mail = message.get(MAIL)
    if mail is not None:
        return cast("Mapping[str, Any]", mail).get("folder")
    arrived = {"delivered", "moved", "move_failed"} & set(message.get("delivery_status") or ())
    return "Inbox" if arrived else None


def put(message: dict[str, Any], folder: str) -> None:
    """Record the folder a message is now in."""
    message.setdefault(MAIL, {})["folder"] = folder


def raw_source(message: Mapping[str, Any]) -> str:
    """The message as its recipients' servers got it: headers, a text body, its attachments."""
    mail = hidden(message)
    sender = mail.get("sender")
    email = EmailMessage(policy=SMTP)
    for name, value in headers(message):
        email[name] = value
    links = "\n".join(str(link) for link in mail.get("links", ()))
    email.set_content(str(mail.get("body", "")) + (f"\n{links}\n" if links else ""))
    for attachment in mail.get("attachments", ()):
        content_type = str(attachment.get("content_type") or "application/octet-stream")
        main, _, sub = content_type.partition("/")
        seed = str(attachment.get("sha256") or attachment.get("filename")).encode()
        payload = hashlib.sha256(seed).digest() * 8  # a stand-in: the real bytes are not kept
        email.add_attachment(
            payload, maintype=main, subtype=sub or "octet-stream", filename=attachment.get("filename")
        )
    received = (
        f"from {getattr(sender, 'address', 'unknown').rsplit('@', 1)[-1]} "
        f"([{message.get('smtp_helo_server_ip') or '192.0.2.1'}]) by mx.cloudflare.example "
        f"with ESMTPS id {message.get('postfix_id')}; {message.get('sent_date') or ''}"
    )
    return f"Received: {received}\r\n{email.as_string()}"


def headers(message: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The message's main headers, in the order a source shows them."""
    validation = cast("Mapping[str, Any]", message.get("validation") or {})
    sender = str(message.get("from") or "")
    domain = sender.rsplit("@", 1)[-1]
    found = [
        (
            "Authentication-Results",
            f"mx.cloudflare.example; spf={validation.get('spf') or 'none'} smtp.mailfrom={domain}; "
            f"dkim={validation.get('dkim') or 'none'} header.d={domain}; "
            f"dmarc={validation.get('dmarc') or 'none'}",
        ),
        ("From", formataddr((str(message.get("from_name") or ""), sender))),
        ("To", ", ".join(_addresses(message))),
        ("Subject", str(message.get("subject") or "")),
        ("Date", str(message.get("sent_date") or "")),
        ("Message-ID", str(message.get("message_id") or "")),
    ]
    if message.get("replyto"):
        found.append(("Reply-To", str(message["replyto"])))
    return [(name, value) for name, value in found if value]


def _addresses(message: Mapping[str, Any]) -> list[str]:
    names = list(message.get("to_name") or [])
    addresses = list(message.get("to") or message.get("client_recipients") or [])
    return [formataddr((str(names[i]) if i < len(names) else "", str(a))) for i, a in enumerate(addresses)]


def trace(message: Mapping[str, Any]) -> dict[str, Any]:
    """The delivery logs: the message coming in and being delivered (or held), then what was done
    to it after delivery (moves, releases)."""
    postfix = message.get("postfix_id")
    scanned = _when(message.get("scanned_at"))
    host = message.get("smtp_helo_server_ip") or "192.0.2.1"
    statuses = list(message.get("delivery_status") or [])
    inbound = [
        f"connect from unknown[{host}]",
        f"{postfix}: client=unknown[{host}]",
        f"{postfix}: message-id={message.get('message_id')}",
        f"{postfix}: from=<{message.get('envelope_from') or message.get('from')}>",
    ]
    for recipient in cast("list[str]", message.get("client_recipients") or []):
        if "quarantined" in statuses:
            inbound.append(f"{postfix}: to=<{recipient}>, status=quarantined (held by Email Security)")
        elif "rejected" in statuses:
            inbound.append(f"{postfix}: to=<{recipient}>, status=rejected (550 5.7.1 message refused)")
        elif "deferred" in statuses or "queued" in statuses:
            inbound.append(f"{postfix}: to=<{recipient}>, status=deferred (451 4.7.1 try again later)")
        elif "bounced" in statuses:
            inbound.append(f"{postfix}: to=<{recipient}>, status=bounced (550 5.1.1 unknown user)")
        else:
            inbound.append(
                f"{postfix}: to=<{recipient}>, relay=mail.protection.example, status=sent (250 2.0.0 OK)"
            )
    outbound = [
        (entry.get("completed_at"), f"{postfix}: {entry.get('operation')} {_details(entry)}".rstrip())
        for entry in cast("list[Mapping[str, Any]]", message.get("action_log") or [])
    ]
    return {
        "inbound": {
            "lines": _lines([(scanned + timedelta(seconds=i), text) for i, text in enumerate(inbound)]),
            "pending": False,
        },
        "outbound": {"lines": _lines([(_when(when), text) for when, text in outbound]), "pending": False},
    }


def _details(entry: Mapping[str, Any]) -> str:
    properties = cast("Mapping[str, Any]", entry.get("properties") or {})
    parts = [f"folder={properties['folder']}" if properties.get("folder") else ""]
    parts.append(f"by={properties['requested_by']}" if properties.get("requested_by") else "")
    return " ".join(part for part in parts if part)


def _lines(lines: list[tuple[datetime, str]]) -> list[dict[str, Any]]:
    return [
        {"lineno": number, "logged_at": timestamp(when), "message": text}
        for number, (when, text) in enumerate(lines, start=1)
    ]


def _when(value: Any) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def detections(message: Mapping[str, Any]) -> dict[str, Any]:
    """What Email Security found: the message's findings, threats, attachments, links, headers, where
    it came from and how it authenticated."""
    mail = hidden(message)
    sender = mail.get("sender")
    statuses = list(message.get("delivery_status") or [])
    action = (
        "QUARANTINED" if "quarantined" in statuses else "REJECTED" if "rejected" in statuses else "DELIVERED"
    )
    threats = [
        {"id": index, "name": name, "description": f"Email Security classified the message as {name}."}
        for index, name in enumerate(message.get("threat_categories") or [], start=1)
    ]
    validation = dict(cast("Mapping[str, Any]", message.get("validation") or {}))
    return {
        "action": action,
        "final_disposition": message.get("final_disposition"),
        "findings": message.get("findings"),
        "threat_categories": threats,
        "attachments": [dict(attachment) for attachment in mail.get("attachments", ())],
        "links": [{"href": link, "text": None} for link in mail.get("links", ())],
        "headers": [{"name": name, "value": value} for name, value in headers(message)],
        "sender_info": {
            "ip": getattr(sender, "ip", None),
            "as_name": getattr(sender, "as_name", None) or None,
            "as_number": getattr(sender, "as_number", None) or None,
            "geo": getattr(sender, "geo", None) or None,
            "pld": str(message.get("from") or "").rsplit("@", 1)[-1] or None,
        },
        "validation": {name: validation.get(name) for name in ("spf", "dkim", "dmarc", "comment")},
    }


def screenshot(message: Mapping[str, Any]) -> str:
    """A small PNG (base64) standing for a screenshot of the body: its colour comes from the message."""
    digest = hashlib.sha256(str(message.get("id")).encode()).digest()
    width, height = 16, 12
    row = b"\x00" + bytes(digest[:3]) * width
    pixels = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()
