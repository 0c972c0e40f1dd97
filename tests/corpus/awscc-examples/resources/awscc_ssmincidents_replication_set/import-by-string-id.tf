import {
  to = awscc_ssmincidents_replication_set.example
  id = "arn"
}