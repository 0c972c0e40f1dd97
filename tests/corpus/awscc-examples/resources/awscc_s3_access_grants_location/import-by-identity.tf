import {
  to = awscc_s3_access_grants_location.example
  identity = {
    access_grants_location_id = "access_grants_location_id"
  }
}
