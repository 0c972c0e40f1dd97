import {
  to = awscc_apprunner_vpc_connector.example
  identity = {
    vpc_connector_arn = "vpc_connector_arn"
  }
}
