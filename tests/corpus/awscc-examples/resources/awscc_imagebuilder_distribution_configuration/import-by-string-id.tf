import {
  to = awscc_imagebuilder_distribution_configuration.example
  id = "arn"
}