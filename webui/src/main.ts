import './components/sw-app.js';
