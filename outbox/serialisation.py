"""An e-mail message as JSON, for the task queue's arguments and the failed-e-mail record.

Everything `EmailMultiAlternatives` carries survives the round trip: addresses (bcc too),
headers, the body's subtype, alternatives (HTML), attachments (bytes as base64; a MIME part
attached as such travels as its bytes). The connection does not: the worker opens its own.
"""

import base64
import email
from email.mime.base import MIMEBase

from django.core.mail import EmailMultiAlternatives

FORMAT = 1


def to_json(message):
    return {
        "format": FORMAT,
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [attachment_to_json(item) for item in message.attachments],
    }


def attachment_to_json(item):
    if isinstance(item, MIMEBase):
        return {"mime": base64.b64encode(item.as_bytes()).decode("ascii")}
    filename, content, mimetype = item
    if isinstance(content, str):
        return {"filename": filename, "text": content, "mimetype": mimetype}
    return {
        "filename": filename,
        "base64": base64.b64encode(content).decode("ascii"),
        "mimetype": mimetype,
    }


def from_json(data, connection=None):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for item in data["attachments"]:
        if "mime" in item:
            message.attach(mime_part(base64.b64decode(item["mime"])))
        elif "text" in item:
            message.attach(item["filename"], item["text"], item["mimetype"])
        else:
            message.attach(item["filename"], base64.b64decode(item["base64"]), item["mimetype"])
    return message


def mime_part(data):
    """A MIME part from its bytes, as the MIMEBase Django's `attach()` takes."""
    parsed = email.message_from_bytes(data)
    part = MIMEBase(parsed.get_content_maintype(), parsed.get_content_subtype())
    for header in list(part.keys()):
        del part[header]
    for header, value in parsed.items():
        part[header] = value
    part.set_payload(parsed.get_payload())
    return part
