import {
  to = awscc_securitylake_aws_log_source.example
  identity = {
    source_name    = "source_name"
    source_version = "source_version"
  }
}
