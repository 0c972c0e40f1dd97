import {
  to = awscc_imagebuilder_infrastructure_configuration.example
  identity = {
    arn = "arn"
  }
}
