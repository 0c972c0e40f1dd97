import {
  to = awscc_route53profiles_profile_association.example
  identity = {
    id = "id"
  }
}
