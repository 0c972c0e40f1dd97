import {
  to = awscc_imagebuilder_infrastructure_configuration.example
  id = "arn"
}