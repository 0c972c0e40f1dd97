import {
  to = awscc_appsync_source_api_association.example
  id = "association_arn"
}