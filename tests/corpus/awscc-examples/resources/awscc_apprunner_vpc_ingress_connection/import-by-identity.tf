import {
  to = awscc_apprunner_vpc_ingress_connection.example
  identity = {
    vpc_ingress_connection_arn = "vpc_ingress_connection_arn"
  }
}
