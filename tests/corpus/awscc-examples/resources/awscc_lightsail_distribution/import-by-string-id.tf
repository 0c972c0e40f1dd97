import {
  to = awscc_lightsail_distribution.example
  id = "distribution_name"
}