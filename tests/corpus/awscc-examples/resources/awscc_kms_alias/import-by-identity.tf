import {
  to = awscc_kms_alias.example
  identity = {
    alias_name = "alias_name"
  }
}
