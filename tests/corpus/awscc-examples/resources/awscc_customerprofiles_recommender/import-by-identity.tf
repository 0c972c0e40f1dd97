import {
  to = awscc_customerprofiles_recommender.example
  identity = {
    domain_name      = "domain_name"
    recommender_name = "recommender_name"
  }
}
