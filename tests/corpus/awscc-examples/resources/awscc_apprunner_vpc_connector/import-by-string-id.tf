import {
  to = awscc_apprunner_vpc_connector.example
  id = "vpc_connector_arn"
}