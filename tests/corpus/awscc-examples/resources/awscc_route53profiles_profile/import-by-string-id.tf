import {
  to = awscc_route53profiles_profile.example
  id = "id"
}