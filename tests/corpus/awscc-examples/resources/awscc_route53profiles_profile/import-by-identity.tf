import {
  to = awscc_route53profiles_profile.example
  identity = {
    id = "id"
  }
}
