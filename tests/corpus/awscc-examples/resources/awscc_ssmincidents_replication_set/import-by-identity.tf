import {
  to = awscc_ssmincidents_replication_set.example
  identity = {
    arn = "arn"
  }
}
