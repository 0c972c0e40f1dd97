import {
  to = awscc_iotanalytics_datastore.example
  id = "datastore_name"
}