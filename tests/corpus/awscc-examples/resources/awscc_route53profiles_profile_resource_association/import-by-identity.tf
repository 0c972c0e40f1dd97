import {
  to = awscc_route53profiles_profile_resource_association.example
  identity = {
    id = "id"
  }
}
