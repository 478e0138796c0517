"""The realism of the fake's mailbox, and nothing else: who writes to whom, about what, and what Email
Security made of it. Every name is under a domain reserved for documentation (RFC 2606: `.example`,
example.com/org/net) and every address in a documentation range (RFC 5737), so nothing here reaches
a real mailbox or host.

Keyed by the verdicts (`final_disposition` values) the spec lists today; a verdict the spec gains gets
the `OTHER` kind of mail, and one it drops is never chosen (see `_fill.Filler.pick`).
"""

from __future__ import annotations

from dataclasses import dataclass

PEOPLE = (
    "Ava Thompson",
    "Noah Patel",
    "Mia Rossi",
    "Liam Chen",
    "Sofia Garcia",
    "Ethan Novak",
    "Zoe Martin",
    "Lucas Silva",
    "Emma Johansson",
    "Omar Haddad",
    "Chloe Dubois",
    "Ravi Kumar",
    "Hannah Weber",
    "Mateo Fernandez",
    "Grace Kim",
    "Jonas Berg",
    "Isla Murphy",
    "Daniel Cohen",
    "Aisha Bello",
    "Felix Wagner",
    "Nora Lindqvist",
    "Samuel Okafor",
    "Lea Moreau",
    "Kenji Sato",
)
PROJECTS = ("Atlas", "Borealis", "Cobalt", "Delta", "Evergreen", "Falcon", "Granite", "Harbor")
COMPANIES = ("Acme Supplies", "Northwind Traders", "Globex", "Initech", "Umbrella Logistics", "Vandelay")
CITIES = ("Lisbon", "Toronto", "Singapore", "Berlin", "Austin", "Nairobi", "Osaka", "Oslo")
DOCUMENTS = ("Q3-report", "signed-agreement", "payroll-update", "benefits-2026", "remittance-advice")
TOPICS = ("zero trust", "cloud costs", "hiring", "product launches", "security awareness")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class Sender:
    name: str
    address: str
    envelope: str  # the SMTP MAIL FROM, where it differs from the header (lists, bounce handlers)
    ip: str
    as_name: str
    as_number: int
    geo: str


def _sender(
    name: str, address: str, ip: str, as_name: str, as_number: int, geo: str, envelope: str = ""
) -> Sender:
    return Sender(name, address, envelope or address, ip, as_name, as_number, geo)


PARTNERS = (
    _sender("Dana Whitfield", "dana.whitfield@partner.example", "198.51.100.20", "PARTNER-NET", 64501, "US"),
    _sender(
        "Acme Billing",
        "billing@acme-supplies.example",
        "198.51.100.34",
        "ACME-HOSTING",
        64502,
        "US",
        "bounces+billing@mail.acme-supplies.example",
    ),
    _sender("Travel Desk", "bookings@travel-desk.example", "198.51.100.51", "TRAVEL-CLOUD", 64503, "GB"),
    _sender("Marta Kowalski", "m.kowalski@lawfirm.example", "198.51.100.77", "LEGAL-IT", 64504, "PL"),
    _sender(
        "Payroll Services", "no-reply@payroll-portal.example", "198.51.100.90", "PAYROLL-SAAS", 64505, "DE"
    ),
)
NEWSLETTERS = (
    _sender(
        "Newsletter Weekly",
        "weekly@newsletter.example",
        "192.0.2.10",
        "BULK-MAILER",
        64506,
        "US",
        "bounce-4821@lists.newsletter.example",
    ),
    _sender(
        "Retailer Deals",
        "deals@deals.retailer.example",
        "192.0.2.24",
        "BULK-MAILER",
        64506,
        "US",
        "mailer-daemon@deals.retailer.example",
    ),
    _sender(
        "SaaS Vendor Events", "events@webinars.saas-vendor.example", "192.0.2.38", "EVENTS-CLOUD", 64507, "IE"
    ),
)
SPAMMERS = (
    _sender("Rewards Center", "winner@cheap-meds.example", "203.0.113.5", "SHADY-HOST", 64508, "RU"),
    _sender("Crypto Yield", "invest@crypto-yield.example", "203.0.113.17", "OFFSHORE-VPS", 64509, "SC"),
    _sender("SEO Experts", "rank@seo-rank.example", "203.0.113.29", "OFFSHORE-VPS", 64509, "VN"),
)
PHISHERS = (
    _sender(
        "Microsoft 365", "no-reply@m1crosoft-login.example", "203.0.113.66", "BULLETPROOF-1", 64510, "MD"
    ),
    _sender("DocuSign", "dse@secure-docu-sign.example", "203.0.113.71", "BULLETPROOF-1", 64510, "MD"),
    _sender("DHL Express", "tracking@dhl-parcel-track.example", "203.0.113.88", "BULLETPROOF-2", 64511, "NG"),
    _sender("PayPal", "service@paypa1-billing.example", "203.0.113.93", "BULLETPROOF-2", 64511, "NG"),
)
IMPOSTORS = (  # spoofs and BEC: a colleague's or an executive's name, from somewhere else
    _sender("", "ceo.office@mailbox.example", "203.0.113.120", "FREEMAIL", 64496, "US"),
    _sender("", "finance-team@examp1e.com", "203.0.113.131", "CHEAP-VPS", 64497, "TR"),
)
UNKNOWN_SENDERS = (
    _sender("Invoice Portal", "invoices@invoice-portal.example", "203.0.113.140", "NEW-HOST", 64498, "PA"),
    _sender("IT Helpdesk", "helpdesk@it-support-desk.example", "203.0.113.151", "NEW-HOST", 64498, "PA"),
)


@dataclass(frozen=True)
class Kind:
    """One kind of mail: who sends it, what it is about, and what Email Security found in it."""

    senders: tuple[Sender, ...]  # empty: a colleague at the recipient's own domain
    subjects: tuple[str, ...]
    delivery: dict[str, float]  # delivery status -> weight
    reasons: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    attachments: tuple[tuple[str, str], ...] = ()  # (file name template, content type)
    links: tuple[str, ...] = ()  # URL templates; {domain} is the sender's
    auth: tuple[str, str, str] = ("pass", "pass", "pass")  # SPF, DKIM, DMARC
    attachment_share: float = 0.3
    impersonates: bool = False  # the display name is a colleague's


COLLEAGUE = Kind(
    senders=(),
    subjects=(
        "Q{q} planning notes",
        "Re: {project} kickoff",
        "Lunch on {weekday}?",
        "Updated slides for {project}",
        "Out of office until {weekday}",
        "Re: budget review",
        "Fwd: feedback from {company}",
        "{project} status update",
        "Re: hiring plan for {city}",
    ),
    delivery={"delivered": 95, "moved": 2, "deferred": 1, "bounced": 0.5, "queued": 0.5, "move_failed": 1},
    attachments=(
        (
            "{project}-slides.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        ("notes-{n}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ),
    links=("https://wiki.{domain}/{project}",),
)
PARTNER = Kind(
    senders=PARTNERS,
    subjects=(
        "Invoice {n} from {company}",
        "Purchase order PO-{n}",
        "Contract renewal {year}",
        "Shipment {n} dispatched",
        "Meeting notes: {project} sync",
        "Your travel itinerary for {city}",
        "Payslip for {month}",
    ),
    delivery={"delivered": 94, "moved": 3, "deferred": 1, "bounced": 1, "move_failed": 1},
    attachments=(("invoice-{n}.pdf", "application/pdf"), ("PO-{n}.xlsx", "application/vnd.ms-excel")),
    links=("https://portal.{domain}/documents/{n}",),
    attachment_share=0.5,
)
BULK = Kind(
    senders=NEWSLETTERS,
    subjects=(
        "{company} weekly: {topic}",
        "Webinar: {topic} best practices",
        "{pct}% off this weekend only",
        "Your {month} product update",
    ),
    delivery={"delivered": 78, "moved": 20, "move_failed": 2},
    reasons=("Bulk sender: marketing list",),
    links=("https://{domain}/unsubscribe?u={n}", "https://{domain}/offers/{n}"),
    attachment_share=0.0,
)
SPAM = Kind(
    senders=SPAMMERS,
    subjects=(
        "You have been selected for a $1000 reward",
        "Guaranteed {pct}% crypto returns",
        "Rank #1 on search engines in {weekday}s",
        "Lose weight before {month}",
    ),
    delivery={"moved": 60, "delivered": 30, "quarantined": 10},
    reasons=("Spam: known spam campaign", "Sender reputation: poor"),
    threats=("Spam",),
    links=("https://{domain}/claim/{n}",),
    auth=("pass", "none", "none"),
    attachment_share=0.0,
)
SUSPICIOUS = Kind(
    senders=UNKNOWN_SENDERS,
    subjects=(
        "Payment confirmation required",
        "Document shared with you: {doc}.pdf",
        "Unusual sign-in activity",
        "Overdue invoice {n}",
    ),
    delivery={"delivered": 50, "quarantined": 40, "moved": 10},
    reasons=("Sender domain registered recently", "Link to a newly seen domain"),
    threats=("SuspiciousLink", "NewDomainSender"),
    attachments=(("{doc}.pdf", "application/pdf"),),
    links=("https://{domain}/view/{n}",),
    auth=("pass", "pass", "none"),
)
SPOOF = Kind(
    senders=IMPOSTORS,
    subjects=("Urgent request", "Quick favour", "Wire transfer today", "Are you available?"),
    delivery={"quarantined": 70, "rejected": 30},
    reasons=("Spoofed sender: DMARC failure", "Display name impersonates an employee"),
    threats=("Spoof", "IdentityDeception"),
    auth=("fail", "none", "fail"),
    attachment_share=0.0,
    impersonates=True,
)
MALICIOUS = Kind(
    senders=PHISHERS,
    subjects=(
        "Action required: your mailbox is full",
        "Your package could not be delivered",
        "DocuSign: please review {doc}",
        "Your password expires today",
        "Verify your account within 24 hours",
    ),
    delivery={"quarantined": 85, "rejected": 8, "moved": 7},
    reasons=("Link to a credential harvesting page", "Brand impersonation", "Attachment: HTML smuggling"),
    threats=("CredentialHarvester", "BrandImpersonation", "LinkToCredentialHarvester"),
    attachments=(("{doc}.html", "text/html"), ("Invoice_{n}.zip", "application/zip")),
    links=("https://{domain}/login?session={n}", "https://{domain}/secure/verify"),
    auth=("pass", "pass", "none"),
    attachment_share=0.5,
)
BEC = Kind(
    senders=IMPOSTORS,
    subjects=(
        "Gift cards for the team",
        "Change of bank details",
        "Are you at your desk?",
        "Confidential acquisition",
    ),
    delivery={"quarantined": 90, "rejected": 10},
    reasons=("Business email compromise: payment request", "Display name impersonates an executive"),
    threats=("BEC", "Impersonation"),
    auth=("pass", "none", "none"),
    attachment_share=0.0,
    impersonates=True,
)
ENCRYPTED = Kind(
    senders=PARTNERS,
    subjects=("Encrypted: {doc} statement", "Secure message from {company}"),
    delivery={"delivered": 100},
    reasons=("Encrypted content could not be scanned",),
    attachments=(("{doc}.p7m", "application/pkcs7-mime"),),
    attachment_share=1.0,
)
OTHER = Kind(
    senders=PARTNERS,
    subjects=("Re: {project}", "Follow-up on {company}"),
    delivery={"delivered": 100},
)

# The verdicts and how often each comes, and what each kind of mail is.
DISPOSITIONS = {
    "NONE": 68.0,
    "BULK": 11.0,
    "SPAM": 6.0,
    "SUSPICIOUS": 5.0,
    "SPOOF": 2.5,
    "MALICIOUS": 5.0,
    "MALICIOUS-BEC": 1.5,
    "ENCRYPTED": 0.5,
    "EXTERNAL": 0.3,
    "UNKNOWN": 0.2,
}
KINDS = {
    "BULK": BULK,
    "SPAM": SPAM,
    "SUSPICIOUS": SUSPICIOUS,
    "SPOOF": SPOOF,
    "MALICIOUS": MALICIOUS,
    "MALICIOUS-BEC": BEC,
    "ENCRYPTED": ENCRYPTED,
}
# The delivery statuses this realism was written for: one the spec adds is chosen now and then.
DELIVERY_STATUSES = (
    "delivered",
    "moved",
    "quarantined",
    "rejected",
    "deferred",
    "bounced",
    "queued",
    "move_failed",
)
COLLEAGUE_SHARE = 0.55  # of the mail without a verdict, how much is internal

# Where moved mail went, by verdict (a junk folder for what users dislike, deleted for threats).
MOVED_TO = {"MALICIOUS": "DeletedItems", "MALICIOUS-BEC": "DeletedItems", "SPOOF": "DeletedItems"}
MOVED_TO_DEFAULT = "JunkEmail"
BODY = {
    "NONE": (
        "Hi {first},\n\nPlease find the details below. Let me know if anything is unclear.\n\n"
        "Thanks,\n{sender}\n"
    ),
    "BULK": "This week at {company}: news on {topic}.\n\nRead more online. Unsubscribe at any time.\n",
    "SPAM": "Congratulations! You have been selected. Claim your reward now before it expires.\n",
    "SUSPICIOUS": "Hello,\n\nA document is waiting for your review. Open it with the link below.\n",
    "SPOOF": "{first}, I need this done today. Reply as soon as you see this.\n",
    "MALICIOUS": "Dear user,\n\nYour account will be suspended. Verify your details within 24 hours.\n",
    "MALICIOUS-BEC": (
        "{first}, I am in meetings all day. Can you buy gift cards for the team? Keep it quiet.\n"
    ),
}
PRIORITIES = {"MALICIOUS": "high", "MALICIOUS-BEC": "high", "SPOOF": "medium"}
REPORT_TITLES = {
    "MALICIOUS": "Credential phishing campaign impersonating {brand}",
    "MALICIOUS-BEC": "Business email compromise attempt against {first}",
    "SPOOF": "Spoofed internal sender targeting {first}",
}
