import {
  to = awscc_pcaconnectorad_directory_registration.example
  identity = {
    directory_registration_arn = "directory_registration_arn"
  }
}
