import {
  to = awscc_supportapp_account_alias.example
  id = "account_alias_resource_id"
}