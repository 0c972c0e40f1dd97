import {
  to = awscc_databrew_dataset.example
  identity = {
    name = "name"
  }
}
