# t0435/corpus/zone/main.tf: a module of the corpus (zone/main.yaml in
# terrace): a versioned, encrypted, private bucket with no lifecycle rule.
variable "name" { type = string }
resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = { owner = "data" }
}
resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
