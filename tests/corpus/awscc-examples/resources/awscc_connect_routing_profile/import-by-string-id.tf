import {
  to = awscc_connect_routing_profile.example
  id = "routing_profile_arn"
}