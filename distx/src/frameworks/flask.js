import { defineFramework, pythonAppConstructor, pythonDecoratorRoutes } from './define.js';
export default defineFramework({
    id: 'flask',
    language: 'python',
    enablers: ['flask', 'quart'],
    python: {
        call: pythonAppConstructor('flask', ['flask.Flask', 'quart.Quart']),
        function_definition: pythonDecoratorRoutes('flask'),
    },
});
