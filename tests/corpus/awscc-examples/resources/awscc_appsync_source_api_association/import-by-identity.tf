import {
  to = awscc_appsync_source_api_association.example
  identity = {
    association_arn = "association_arn"
  }
}
