import {
  to = awscc_location_api_key.example
  identity = {
    key_name = "key_name"
  }
}
