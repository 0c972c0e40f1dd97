import {
  to = awscc_location_api_key.example
  id = "key_name"
}