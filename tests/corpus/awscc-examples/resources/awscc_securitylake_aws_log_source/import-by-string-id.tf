import {
  to = awscc_securitylake_aws_log_source.example
  id = "source_name|source_version"
}