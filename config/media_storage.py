"""Turn the operator's MEDIA_STORAGE_URL into media on S3-compatible object storage.

`s3://KEY:SECRET@host:port/bucket` (`s3s://` for HTTPS) stores uploads, originals and renditions
in that bucket through django-storages' S3 backend (boto3), which speaks the S3 API to any
S3-compatible server: AWS S3, MinIO, S3Proxy, Ceph. Every application node then sees the same
files, which is what lets a site run on more than one machine (docs/operations.md, "Cluster").

Visitors fetch the files from MEDIA_URL, which must lead to the bucket (a CDN, the bucket's own
public address, or a proxy: ops/cluster.sh's nginx serves `/media/` from it); URLs are built
without asking the store. Requests use path-style addressing (`host:port/bucket/key`), which
every S3-compatible server understands, unlike bucket names as subdomains. Query parameters:
- `acl=public-read` stores each object with that canned ACL (servers that serve objects only by
  ACL, like S3Proxy; on AWS with ACLs disabled use a bucket policy instead and leave it out);
- `region=…` (default us-east-1) is the region requests are signed for.

A missing bucket is created the first time the storage is used in a process (as ops/s3proxy.sh
does for its own); bucket policies stay the operator's business.
"""

import threading
from urllib.parse import parse_qs, unquote, urlsplit

from botocore.exceptions import ClientError
from django.core.exceptions import ImproperlyConfigured
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

_checked_buckets: set[tuple[str, str]] = set()
_checked_lock = threading.Lock()


class MediaStorage(S3Storage):
    """S3Storage whose URLs are MEDIA_URL + key, and which creates its bucket if missing."""

    def __init__(self, *, media_url, create_bucket=True, **options):
        self.media_url = media_url
        self.create_bucket = create_bucket
        super().__init__(**options)

    def url(self, name, parameters=None, expire=None, http_method=None):
        # No presigning and no request: the objects are public behind MEDIA_URL.
        return self.media_url + filepath_to_uri(self._normalize_name(clean_name(name)))

    @property
    def bucket(self):
        bucket = super().bucket
        if self.create_bucket:
            self._ensure_bucket(bucket)
        return bucket

    def _ensure_bucket(self, bucket):
        key = (self.endpoint_url or "", self.bucket_name)
        if key in _checked_buckets:
            return
        with _checked_lock:
            if key in _checked_buckets:
                return
            client = bucket.meta.client
            try:
                client.head_bucket(Bucket=self.bucket_name)
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") not in ("404", "NoSuchBucket"):
                    raise
                client.create_bucket(Bucket=self.bucket_name)
            _checked_buckets.add(key)


def media_storage_settings(url: str, media_url: str) -> dict:
    """STORAGES' default entry for MEDIA_STORAGE_URL."""
    parts = urlsplit(url)
    bucket = parts.path.strip("/")
    if parts.scheme not in ("s3", "s3s") or not parts.hostname or not bucket:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE_URL must look like s3://KEY:SECRET@host:port/bucket, not {url!r}"
        )
    query = parse_qs(parts.query)
    acl = query.get("acl", [""])[0]
    endpoint = parts.hostname + (f":{parts.port}" if parts.port else "")
    protocol = "https" if parts.scheme == "s3s" else "http"
    return {
        "BACKEND": "config.media_storage.MediaStorage",
        "OPTIONS": {
            "media_url": media_url,
            "endpoint_url": f"{protocol}://{endpoint}",
            "access_key": unquote(parts.username or ""),
            "secret_key": unquote(parts.password or ""),
            "bucket_name": bucket,
            "region_name": query.get("region", ["us-east-1"])[0],
            "addressing_style": "path",
            "signature_version": "s3v4",
            "default_acl": acl or None,
            "querystring_auth": False,
            # Never replace a file that has the name: Django's own storage picks a free name.
            "file_overwrite": False,
        },
    }
