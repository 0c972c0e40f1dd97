import {
  to = awscc_applicationsignals_grouping_configuration.example
  id = "account_id"
}