"""S3 requests checked against the IAM actions AWS names for them.

With request authentication on, moto checks each S3 request against an IAM
action it looks up in moto.s3.responses.ACTION_MAP. moto 5.2.1's map departs
from AWS's ("Required permissions for Amazon S3 API operations", S3 user
guide) where terrace's requests go: HeadBucket is checked as s3:HeadBucket
(AWS: s3:ListBucket); the public access block's subresource is spelled
"public_access_block", which no request carries (S3's is
"publicAccessBlock"), so GetPublicAccessBlock was checked as s3:ListBucket,
PutPublicAccessBlock as s3:CreateBucket and DeletePublicAccessBlock as
s3:DeleteBucket (AWS: s3:GetBucketPublicAccessBlock and
s3:PutBucketPublicAccessBlock); the bucket's encryption has no entry
(GetBucketEncryption was s3:ListBucket, PutBucketEncryption
s3:CreateBucket; AWS: s3:GetEncryptionConfiguration and
s3:PutEncryptionConfiguration); and a bucket's POST ?delete
(DeleteObjects) has none (AWS: s3:DeleteObject on each key). This puts
AWS's names in, so that t0850's restricted user is refused exactly what
AWS would refuse it.
"""
from moto.s3.responses import ACTION_MAP

bucket = ACTION_MAP["BUCKET"]
bucket["HEAD"]["DEFAULT"] = "ListBucket"
bucket["GET"].update({"publicAccessBlock": "GetBucketPublicAccessBlock",
                      "encryption": "GetEncryptionConfiguration"})
bucket["PUT"].update({"publicAccessBlock": "PutBucketPublicAccessBlock",
                      "encryption": "PutEncryptionConfiguration"})
bucket["DELETE"].update({"publicAccessBlock": "PutBucketPublicAccessBlock",
                         "encryption": "PutEncryptionConfiguration"})
bucket.setdefault("POST", {}).update({"delete": "DeleteObject"})
bucket["POST"].setdefault("DEFAULT", "PutObject")
for old in ("public_access_block",):
    for method in ("GET", "PUT", "DELETE"):
        bucket[method].pop(old, None)
