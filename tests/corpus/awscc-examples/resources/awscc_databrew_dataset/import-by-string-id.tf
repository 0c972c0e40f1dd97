import {
  to = awscc_databrew_dataset.example
  id = "name"
}