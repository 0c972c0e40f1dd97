import {
  to = awscc_pcaconnectorad_directory_registration.example
  id = "directory_registration_arn"
}