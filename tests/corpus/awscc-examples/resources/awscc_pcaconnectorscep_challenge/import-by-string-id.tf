import {
  to = awscc_pcaconnectorscep_challenge.example
  id = "challenge_arn"
}