import {
  to = awscc_applicationsignals_discovery.example
  id = "account_id"
}