import {
  to = awscc_apprunner_vpc_ingress_connection.example
  id = "vpc_ingress_connection_arn"
}