"""The views the templates render, one module per job; `sdk_view.SdkView` joins them into the `sdk` global.

naming      Python names, class names and module names: the one rule each follows
schemas     the raw document: $ref resolution, merged properties, which schemas requests and answers use
fields      the type and rules of one property or argument (FieldView, TypeView, EnumView)
models      one model class (ModelView), built once per class
operations  one operation: its method, request builder and parser (OperationView), built once per endpoint
resources   a resource's operations (ResourceView); what plan and the batch helpers need (ResourceShapeView)
"""
