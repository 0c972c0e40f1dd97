import {
  to = awscc_pcaconnectorscep_challenge.example
  identity = {
    challenge_arn = "challenge_arn"
  }
}
