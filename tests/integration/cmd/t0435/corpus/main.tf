# t0435/corpus/main.tf: the policy corpus's stack as a Terraform user
# writes it with hashicorp/aws; stack.yaml beside it is the same stack in
# terrace. Each policy of policies.py has a resource it passes and one it
# fails here.
terraform {
  required_providers { aws = { source = "hashicorp/aws" } }
}
provider "aws" {
  region                      = "us-east-1"
  access_key                  = "testing"
  secret_key                  = "testing"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

# A bucket with everything: versioned, encrypted, private, expiring.
resource "aws_s3_bucket" "lake" {
  bucket = "t0435-lake"
  tags   = { owner = "data" }
}
resource "aws_s3_bucket_versioning" "lake" {
  bucket = aws_s3_bucket.lake.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "lake" {
  bucket = aws_s3_bucket.lake.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/lake"
    }
  }
}
resource "aws_s3_bucket_public_access_block" "lake" {
  bucket                  = aws_s3_bucket.lake.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
resource "aws_s3_bucket_lifecycle_configuration" "lake" {
  bucket = aws_s3_bucket.lake.id
  rule {
    id     = "expire-tmp"
    status = "Enabled"
    filter { prefix = "tmp/" }
    expiration { days = 30 }
  }
}

# A bucket with nothing, readable by everyone.
resource "aws_s3_bucket" "raw" {
  bucket = "t0435-raw"
}
resource "aws_s3_bucket_public_access_block" "raw" {
  bucket                  = aws_s3_bucket.raw.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
}
resource "aws_s3_bucket_policy" "raw" {
  bucket = aws_s3_bucket.raw.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::t0435-raw/*" }] })
}

# A bucket half done: versioned and encrypted, public access half blocked.
resource "aws_s3_bucket" "share" {
  bucket = "t0435-share"
  tags   = { owner = "web" }
}
resource "aws_s3_bucket_versioning" "share" {
  bucket = aws_s3_bucket.share.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "share" {
  bucket = aws_s3_bucket.share.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
resource "aws_s3_bucket_public_access_block" "share" {
  bucket                  = aws_s3_bucket.share.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_iam_policy" "admin" {
  name   = "t0435-admin"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
resource "aws_iam_policy" "reader" {
  name   = "t0435-reader"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:ListBucket"], Resource = "*" }] })
  tags   = { owner = "data" }
}
resource "aws_iam_role" "deploy" {
  name               = "t0435-deploy"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole" }] })
  tags               = { owner = "ops" }
}
resource "aws_iam_role" "etl" {
  name               = "t0435-etl"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "glue.amazonaws.com" }, Action = "sts:AssumeRole" }] })
  tags               = { owner = "data" }
}

resource "aws_secretsmanager_secret" "db" {
  name                    = "t0435/db"
  recovery_window_in_days = 0
  tags                    = { owner = "data" }
}
resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = "Secret-Pa55word"
}
resource "aws_secretsmanager_secret" "api" {
  name                    = "t0435/api"
  recovery_window_in_days = 7
  tags                    = { owner = "web" }
}
resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = "Api-Key-0a7e4c19"
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/t0435/app"
  tags = { owner = "web" }
}
resource "aws_cloudwatch_log_group" "audit" {
  name              = "/t0435/audit"
  retention_in_days = 365
  tags              = { owner = "sec" }
}

resource "aws_db_instance" "warehouse" {
  identifier          = "t0435-warehouse"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "admin1"
  password            = "Db-Pa55word-1"
  skip_final_snapshot = true
  tags                = { owner = "data" }
}
resource "aws_db_instance" "reports" {
  identifier                = "t0435-reports"
  engine                    = "postgres"
  instance_class            = "db.t3.micro"
  allocated_storage         = 20
  username                  = "admin1"
  password                  = "Db-Pa55word-2"
  skip_final_snapshot       = false
  final_snapshot_identifier = "t0435-reports-final"
  publicly_accessible       = true
  tags                      = { owner = "bi" }
}

# Buckets made by a module, one per zone.
module "zone" {
  source   = "./zone"
  for_each = toset(["a", "b"])
  name     = "t0435-zone-${each.key}"
}
