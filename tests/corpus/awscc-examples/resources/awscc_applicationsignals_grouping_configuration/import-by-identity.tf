import {
  to = awscc_applicationsignals_grouping_configuration.example
  identity = {
    account_id = "account_id"
  }
}
