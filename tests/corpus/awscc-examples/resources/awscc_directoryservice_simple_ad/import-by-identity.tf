import {
  to = awscc_directoryservice_simple_ad.example
  identity = {
    directory_id = "directory_id"
  }
}
