import {
  to = awscc_iotanalytics_datastore.example
  identity = {
    datastore_name = "datastore_name"
  }
}
