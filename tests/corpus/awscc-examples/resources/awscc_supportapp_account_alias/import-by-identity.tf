import {
  to = awscc_supportapp_account_alias.example
  identity = {
    account_alias_resource_id = "account_alias_resource_id"
  }
}
