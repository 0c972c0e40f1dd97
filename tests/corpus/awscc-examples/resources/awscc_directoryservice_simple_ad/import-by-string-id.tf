import {
  to = awscc_directoryservice_simple_ad.example
  id = "directory_id"
}