import {
  to = awscc_lightsail_distribution.example
  identity = {
    distribution_name = "distribution_name"
  }
}
