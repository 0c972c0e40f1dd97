import {
  to = awscc_customerprofiles_recommender.example
  id = "domain_name|recommender_name"
}