import {
  to = awscc_connect_routing_profile.example
  identity = {
    routing_profile_arn = "routing_profile_arn"
  }
}
