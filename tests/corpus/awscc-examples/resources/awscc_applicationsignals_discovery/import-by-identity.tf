import {
  to = awscc_applicationsignals_discovery.example
  identity = {
    account_id = "account_id"
  }
}
