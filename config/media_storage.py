"""Turn the operator's MEDIA_STORAGE_URL into media on S3-compatible object storage.

`s3://KEY:SECRET@host:port/bucket` (`s3s://` for HTTPS) stores uploads, originals and renditions
in that bucket through django-minio-storage (the MinIO client speaks the S3 API to any
S3-compatible server: AWS S3, MinIO, S3Proxy, Ceph). Every application node then sees the same
files, which is what lets a site run on more than one machine (docs/operations.md, "Cluster").

Visitors fetch the files from MEDIA_URL, which must lead to the bucket (a CDN, the bucket's own
public address, or a proxy: ops/cluster.sh's nginx serves `/media/` from it); URLs are built
without asking the store. Query parameters:
- `acl=public-read` stores each object with that canned ACL (servers that serve objects only by
  ACL, like S3Proxy; on AWS with ACLs disabled use a bucket policy instead and leave it out);
- `region=…` (default us-east-1) spares the client a bucket-location request.

django-storages' S3 backend (AWS_STORAGE_BUCKET_NAME) needs boto3, whose botocore pins
python-dateutil below 3 while this project pins 4 (constraints.txt), so it cannot be installed
alongside; this is the S3 path that works with the project's dependencies.
"""

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def media_storage_settings(url: str, media_url: str) -> dict:
    """The settings (STORAGES' default and MINIO_STORAGE_*) for MEDIA_STORAGE_URL."""
    parts = urlsplit(url)
    bucket = parts.path.strip("/")
    if parts.scheme not in ("s3", "s3s") or not parts.hostname or not bucket:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE_URL must look like s3://KEY:SECRET@host:port/bucket, not {url!r}"
        )
    query = parse_qs(parts.query)
    acl = query.get("acl", [""])[0]
    endpoint = parts.hostname + (f":{parts.port}" if parts.port else "")
    return {
        "STORAGE": {"BACKEND": "minio_storage.storage.MinioMediaStorage"},
        "MINIO_STORAGE_ENDPOINT": endpoint,
        "MINIO_STORAGE_ACCESS_KEY": unquote(parts.username or ""),
        "MINIO_STORAGE_SECRET_KEY": unquote(parts.password or ""),
        "MINIO_STORAGE_USE_HTTPS": parts.scheme == "s3s",
        "MINIO_STORAGE_REGION": query.get("region", ["us-east-1"])[0],
        "MINIO_STORAGE_MEDIA_BUCKET_NAME": bucket,
        "MINIO_STORAGE_MEDIA_URL": media_url,
        "MINIO_STORAGE_AUTO_CREATE_MEDIA_BUCKET": True,
        # Bucket policies are the operator's business (and S3Proxy has none).
        "MINIO_STORAGE_AUTO_CREATE_MEDIA_POLICY": False,
        "MINIO_STORAGE_MEDIA_OBJECT_METADATA": {"x-amz-acl": acl} if acl else None,
    }
